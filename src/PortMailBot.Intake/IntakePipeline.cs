using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Documents.Reading;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake;

/// <summary>The one code path from a message to a verdict, shared by <c>check</c> and the daemon.</summary>
public sealed class IntakePipeline(
    MailReader mailReader,
    RequestExtractor requestExtractor,
    DocumentReader documentReader,
    IOptions<IntakeOptions> options,
    IDocumentSetReader? documentSetReader = null)
{
    private readonly IntakeOptions _options = options.Value;

    /// <summary>Where the attachments are read: the contained worker process in the executable, else here.</summary>
    private readonly IDocumentSetReader _documents = documentSetReader ?? new InProcessDocumentSetReader(documentReader, options);

    public IntakeResult Check(Stream messageStream, string file, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var received = TryLoad(messageStream, cancellationToken) is { } message
            ? mailReader.Read(message, cancellationToken)
            : ReadAsPlainText(messageStream);
        return Check(received, file, asOf, cancellationToken);
    }

    public IntakeResult Check(MimeMessage message, string file, DateOnly asOf, CancellationToken cancellationToken = default) =>
        Check(mailReader.Read(message, cancellationToken), file, asOf, cancellationToken);

    public IntakeResult Check(ReceivedMessage received, string file, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var request = requestExtractor.Extract(received);
        var documents = _documents.ReadAll(received.Attachments, request.Language, cancellationToken);
        var verdict = new VerdictBuilder(_options.BillMaxAgeDays).Build(file, received, request, documents, asOf);
        return new IntakeResult(verdict, received, request, documents);
    }

    /// <summary>Today in the configured time zone: the default as-of day.</summary>
    public DateOnly Today(TimeProvider time)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
    }

    /// <summary>Parses the message; a file saved with blank lines or an mbox <c>From </c> line
    /// before its headers is parsed again from its first header.</summary>
    private static MimeMessage? TryLoad(Stream messageStream, CancellationToken cancellationToken)
    {
        try
        {
            return MimeMessage.Load(messageStream, cancellationToken);
        }
        catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException)
        {
        }

        try
        {
            messageStream.Position = SkipLeadingNoise(messageStream);
            return MimeMessage.Load(messageStream, cancellationToken);
        }
        catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static long SkipLeadingNoise(Stream stream)
    {
        stream.Position = 0;
        var head = new byte[Math.Min(stream.Length, 64 * 1024)];
        stream.ReadExactly(head);
        var start = 0;
        while (start < head.Length)
        {
            var end = Array.IndexOf(head, (byte)'\n', start);
            if (end < 0)
            {
                break;
            }

            var line = Encoding.Latin1.GetString(head, start, end - start).Trim();
            if (line.Length > 0 && !line.StartsWith("From ", StringComparison.Ordinal))
            {
                break;
            }

            start = end + 1;
        }

        return start;
    }

    private static ReceivedMessage ReadAsPlainText(Stream messageStream)
    {
        // A message MimeKit refuses is still read as text, so it gets a verdict with what it says.
        string text;
        try
        {
            messageStream.Position = 0;
            using var reader = new StreamReader(messageStream, Encoding.Latin1, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            text = reader.ReadToEnd();
        }
        catch (NotSupportedException)
        {
            text = "";
        }

        return new ReceivedMessage { FreshText = text, FullText = text };
    }
}
