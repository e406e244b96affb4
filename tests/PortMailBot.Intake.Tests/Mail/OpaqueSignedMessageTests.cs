using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using MimeKit.Cryptography;
using PortMailBot.Intake.Mail;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>Outlook's opaque S/MIME signature wraps the text and the files in application/pkcs7-mime
/// signed-data: all of it is read, whoever signed it.</summary>
public sealed class OpaqueSignedMessageTests
{
    private const string Request = "Account SID: AC0123456789abcdef0123456789abcdef\nAuthorized user: Hélène Côté\nNumbers: 416-320-4134";

    private readonly MailReader reader = new();

    [Theory]
    [InlineData("mixed", true)]
    [InlineData("mixed", false)]
    [InlineData("alternative", true)]
    [InlineData("html", true)]
    public void Opaque_signed_message_is_read_inside(string body, bool typeStated)
    {
        MimeEntity content = body switch
        {
            "mixed" => MessageBuilder.Mixed(MessageBuilder.Text("plain", Request), MessageBuilder.Attachment("LOA.pdf", "application/pdf", MessageBuilder.FakePdf("loa"))),
            "alternative" => MessageBuilder.Mixed(
                new MultipartAlternative { MessageBuilder.Text("plain", Request), MessageBuilder.Text("html", "<p>" + Request.Replace("\n", "<br>", StringComparison.Ordinal) + "</p>") },
                MessageBuilder.Attachment("LOA.pdf", "application/pdf", MessageBuilder.FakePdf("loa"))),
            _ => MessageBuilder.Text("html", "<div>" + Request.Replace("\n", "</div><div>", StringComparison.Ordinal) + "</div>"),
        };
        var signed = Sign(content);
        if (!typeStated)
        {
            signed.ContentType.Parameters.Remove("smime-type");
        }

        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(signed)), TestContext.Current.CancellationToken);

        Assert.Contains("AC0123456789abcdef0123456789abcdef", read.FreshText, StringComparison.Ordinal);
        Assert.Contains("Hélène Côté", read.FreshText, StringComparison.Ordinal);
        Assert.Empty(read.UnreadableAttachments);
        Assert.Equal(body == "html" ? [] : ["LOA.pdf"], read.Attachments.Select(a => a.FileName));
    }

    [Fact]
    public void Opaque_signed_data_that_is_corrupt_is_reported_not_thrown()
    {
        var part = new ApplicationPkcs7Mime(SecureMimeType.SignedData, new MemoryStream([0x30, 0x82, 0x01, 0x00, 0x06, 0x09, 0x2A]));

        var read = reader.Read(MessageBuilder.RoundTrip(MessageBuilder.WithBody(part)), TestContext.Current.CancellationToken);

        Assert.Single(read.UnreadableAttachments);
        Assert.Empty(read.Attachments);
    }

    private static ApplicationPkcs7Mime Sign(MimeEntity content)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Probe Sender, E=sender@example.org", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var exportable = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx, "p"), "p", X509KeyStorageFlags.Exportable);
        using var context = new TemporarySecureMimeContext();
        return ApplicationPkcs7Mime.Sign(context, new CmsSigner(exportable), content);
    }
}
