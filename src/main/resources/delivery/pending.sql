SELECT delivery_id, period, scope FROM mail_delivery WHERE status = 'PENDING' ORDER BY delivery_id;
