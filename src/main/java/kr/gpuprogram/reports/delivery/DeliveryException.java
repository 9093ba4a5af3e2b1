package kr.gpuprogram.reports.delivery;

/** Mail that could not be sent after every attempt; the reports stay on disk and the next run tries again. */
class DeliveryException extends RuntimeException {

    public DeliveryException(String message) {
        super(message);
    }
}
