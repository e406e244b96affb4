using System.Globalization;
using MimeKit;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>Text-only port requests as customers write them (no attachments, so each is answered
/// "incomplete" with the documents to send); one in four in French.</summary>
internal static class TextRequests
{
    private static readonly string[] FirstNames = ["Jane", "Marc", "Priya", "Luc", "Amelia", "Étienne", "Wei", "Sofia"];
    private static readonly string[] LastNames = ["Doe", "Tremblay", "Singh", "Gagnon", "Roy", "Côté", "Chen", "Martin"];
    private static readonly string[] Streets = ["Main Street", "rue Saint-Denis", "King Street West", "boulevard René-Lévesque"];

    public static List<MimeMessage> Create(int count, IReadOnlyList<string> senders, string to, string tag)
    {
        var messages = new List<MimeMessage>(count);
        for (var i = 0; i < count; i++)
        {
            messages.Add(Create(i, senders[i % senders.Count], to, tag));
        }

        return messages;
    }

    private static MimeMessage Create(int i, string from, string to, string tag)
    {
        var first = FirstNames[i % FirstNames.Length];
        var last = LastNames[(i / FirstNames.Length) % LastNames.Length];
        var sid = "AC" + ((uint)i * 2654435761u).ToString("x8", CultureInfo.InvariantCulture) + new string('0', 16) + i.ToString("x8", CultureInfo.InvariantCulture);
        var number = string.Create(CultureInfo.InvariantCulture, $"(514) {200 + (i % 700)}-{1000 + (i * 7 % 9000):0000}");
        var civic = 100 + (i % 8900);
        var street = Streets[i % Streets.Length];
        var french = i % 4 == 3;
        var body = french
            ? $"Bonjour,\n\nNous voulons transférer le numéro {number} vers notre compte Twilio {sid}.\n" +
              $"L'utilisateur autorisé est {first} {last}.\nAdresse de service : {civic} {street}, Montréal (Québec) H2X 1Y4.\n\nMerci,\n{first}\n"
            : $"Hello,\n\nPlease port {number} to our Twilio account {sid}.\n" +
              $"The authorized user is {first} {last}.\nService address: {civic} {street}, Montreal, QC H2X 1Y4.\n\nThanks,\n{first}\n";
        var message = new MimeMessage
        {
            Subject = french ? $"Demande de portage {tag}-{i}" : $"Port request {tag}-{i}",
            Date = DateTimeOffset.UtcNow,
            MessageId = $"{tag}-{i}.{Guid.NewGuid():N}@customers.{MailBed.Domain}",
            Body = new TextPart("plain") { Text = body },
        };
        message.From.Add(new MailboxAddress($"{first} {last}", from));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }
}
