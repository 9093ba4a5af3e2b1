package kr.gpuprogram.reports.ingest.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hostname of a sample where dcgm-exporter gave no Hostname label: the host of Prometheus's instance. */
class PrometheusMatrixScannerTest {

    @Test
    void anInstanceLabelsHost() {
        assertThat(PrometheusMatrixScanner.hostOf("10.0.0.7:9400")).isEqualTo("10.0.0.7");
        assertThat(PrometheusMatrixScanner.hostOf("[fd00::7]:9400")).isEqualTo("fd00::7");
        assertThat(PrometheusMatrixScanner.hostOf("dgx-07")).isEqualTo("dgx-07");
    }
}
