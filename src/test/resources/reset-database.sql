TRUNCATE operator, operator_self_use_account, daily_job_wait, cluster_period, institution, allocation, rate, recipient, reference_reject, reference_state,
         inbox_file, job_line, job_record, input_reject, dirty_day, day_computed,
         daily_job_usage, daily_allocation, daily_cluster, telemetry_part, telemetry_job_day, mail_delivery, reference_file,
         batch_step_execution_context, batch_job_execution_context, batch_step_execution,
         batch_job_execution_params, batch_job_execution, batch_job_instance
RESTART IDENTITY CASCADE;
