package org.standby.feed;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.standby.common.InvalidFieldException;
import org.standby.security.Roles;

/**
 * A QR code of a text, drawn as SVG: the page shows one for a new feed's URL so that a phone's calendar can
 * subscribe. The text travels in the body (a feed URL carries its secret token; a query string would reach logs).
 */
@Path("/api/qr-codes")
@Tag(name = "Feeds")
public class QrCodeResource {

    static final String SVG = "image/svg+xml";

    @Schema(name = "QrCodeRequest")
    public record QrCodeRequest(@NotBlank @Size(max = 1000) String text) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(SVG)
    @RolesAllowed({Roles.ADMIN, Roles.DIRECTOR, Roles.MEMBER, Roles.VIEWER})
    @Operation(summary = "A QR code of a text (e.g. a feed URL) as an SVG image (any role)")
    @APIResponse(responseCode = "200", description = "the QR code, black modules on white, with a quiet zone")
    @APIResponse(responseCode = "400", description = "text is missing, blank or longer than 1000 characters")
    public String qrCode(@Valid @NotNull QrCodeRequest request) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            request.text(),
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    4,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException | IllegalArgumentException e) {
            throw new InvalidFieldException("text", "cannot be drawn as a QR code");
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }
}
