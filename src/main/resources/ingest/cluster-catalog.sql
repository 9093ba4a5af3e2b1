SELECT cluster_id, time_zone, max_gpu_count FROM cluster_info;
