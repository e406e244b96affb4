using System.Diagnostics;
using MimeKit;
using PortMailBot.Intake.Mail;
using PortMailBot.TestData;

namespace PortMailBot.Intake.Tests.Mail;

/// <summary>Hostile and malformed real-world messages: reading them must never throw or hang.</summary>
public sealed class WildMimeCorpusTests
{
    private static readonly TimeSpan PerFileBudget = TimeSpan.FromSeconds(5);

    [Fact]
    public void Every_wild_message_is_read_without_exceptions_and_quickly()
    {
        var corpus = SharedFiles.Require("corpora", "wild-mime");

        var reader = new MailReader();
        WarmUp(reader, corpus);
        var failures = new List<string>();
        var files = Directory.GetFiles(corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var read = 0;
        foreach (var file in files)
        {
            var cancellationToken = TestContext.Current.CancellationToken;
            MimeMessage message;
            try
            {
                message = MimeMessage.Load(file, cancellationToken);
            }
            catch (FormatException)
            {
                continue; // MimeKit refusing to parse is fine: only Read is on trial here.
            }

            var watch = Stopwatch.StartNew();
            try
            {
                var result = reader.Read(message, cancellationToken);
                Assert.NotNull(result.FreshText);
                Assert.NotNull(result.FullText);
                Assert.All(result.Attachments, a => Assert.False(string.IsNullOrWhiteSpace(a.FileName)));
                read++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add($"{Path.GetFileName(file)}: {ex.GetType().Name}: {ex.Message}");
            }

            if (watch.Elapsed > PerFileBudget)
            {
                failures.Add($"{Path.GetFileName(file)}: took {watch.Elapsed.TotalSeconds:0.0} s");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(read > files.Count / 2, $"only {read} of {files.Count} corpus files could be loaded");
    }

    /// <summary>
    /// The first TNEF conversion costs seconds of one-time JIT work inside MimeKit on a busy machine; pay it
    /// before the clock runs so the budget measures the reading of each file, not the runtime warming up.
    /// </summary>
    private static void WarmUp(MailReader reader, string corpus)
    {
        var tnef = Directory.GetFiles(corpus, "*.winmail.dat", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
        var parts = new List<MimeEntity> { MessageBuilder.Text("html", "<p>warm-up</p>") };
        if (tnef is not null)
        {
            parts.Add(MessageBuilder.Attachment("winmail.dat", "application/ms-tnef", File.ReadAllBytes(tnef)));
        }

        reader.Read(MessageBuilder.WithBody(MessageBuilder.Mixed([.. parts])), TestContext.Current.CancellationToken);
    }
}
