package kr.gpuprogram.reports;

import kr.gpuprogram.reports.cli.AheadOfTimeBeans;
import kr.gpuprogram.reports.cli.CommandLineMain;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GpuUsageReportsApplication {

    public static void main(String[] args) {
        AheadOfTimeBeans.useWhenBuilt(GpuUsageReportsApplication.class);
        System.exit(CommandLineMain.run(args));
    }
}
