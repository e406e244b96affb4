using MimeKit;
using MimeKit.Cryptography;

namespace PortMailBot.Intake.Mail;

/// <summary>
/// The content of an application/pkcs7-mime part. Outlook's opaque S/MIME signature (signed-data) and
/// compressed-data carry the whole message, text and files, inside the CMS structure: it is readable without
/// trusting the signer, since intake reads what was sent and never vouches for who sent it. Enveloped
/// (encrypted) data cannot be read without the recipient's key.
/// </summary>
internal static class OpaqueSignedContent
{
    /// <summary>The encapsulated entity, or null when the part is encrypted (or of no type that carries one).</summary>
    public static MimeEntity? Open(ApplicationPkcs7Mime part, CancellationToken cancellationToken)
    {
        // Signatures are not verified: a temporary context with no trust anchors only decodes the structure.
        using var context = new TemporarySecureMimeContext();
        switch (part.SecureMimeType)
        {
            case SecureMimeType.SignedData:
            case SecureMimeType.Unknown:
                // Senders that leave out smime-type almost always mean an opaque signature; data of another
                // type fails to decode here and is reported unreadable by the caller.
                part.Verify(context, out var signed, cancellationToken);
                return signed;
            case SecureMimeType.CompressedData:
                return part.Decompress(context, cancellationToken);
            default:
                return null;
        }
    }
}
