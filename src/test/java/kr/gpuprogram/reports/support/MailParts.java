package kr.gpuprogram.reports.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** The parts of a received mail that the delivery tests read. */
public final class MailParts {

    private MailParts() {
    }

    /** The file names of the mail's attachments, in their order. */
    public static List<String> attachmentNames(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                names.add(part.getFileName());
            }
        }
        return names;
    }
}
