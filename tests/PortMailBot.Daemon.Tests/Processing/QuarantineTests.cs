using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MimeKit;
using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;
using PortMailBot.TestData;

namespace PortMailBot.Daemon.Tests.Processing;

/// <summary>The real executable (<c>run --once</c>, local mail folders) killed with SIGKILL twice while it works
/// on one message: the third run quarantines that message (stored, the operators told, never tried again) and
/// answers the message after it.</summary>
public sealed class QuarantineTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("portmailbot-quarantine-").FullName;

    private string Database => Path.Combine(_work, "data", "portmailbot.db");

    private string Mail => Path.Combine(_work, "data", "mail");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task Run_once_killed_twice_during_one_message_quarantines_it_tells_operators_and_answers_the_next()
    {
        if (!EngineProbe.Available())
        {
            Assert.Skip("The intake engine is not written yet: the child process cannot answer.");
        }

        var ct = TestContext.Current.CancellationToken;
        var inbox = Path.Combine(Mail, "inbox");
        Directory.CreateDirectory(inbox);

        // A message whose reading takes long (the worker gives up only after its deadline of ten minutes),
        // so the daemon is surely inside it when it is killed; then an ordinary one.
        var poison = MailMaker.EnglishTextOnly("customer@example.com", "porting@localhost", 1);
        var body = new Multipart("mixed") { poison.Body!, new MimePart("application", "pdf") { Content = new MimeContent(new MemoryStream(HostileDocuments.ExplodingPdf())), FileName = "loa.pdf", ContentTransferEncoding = ContentEncoding.Base64 } };
        poison.Body = body;
        await poison.WriteToAsync(Path.Combine(inbox, "1.eml"), ct);
        var next = MailMaker.EnglishTextOnly("other@example.com", "porting@localhost", 2);
        await next.WriteToAsync(Path.Combine(inbox, "2.eml"), ct);

        for (var death = 1; death <= 2; death++)
        {
            using var run = Start();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while (Attempts() < death && !run.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
            }

            Assert.True(Attempts() == death, $"run {death} did not start on the message:\n" + Log());
            await Task.Delay(1000, ct);
            Assert.False(run.HasExited, $"run {death} ended by itself:\n" + Log());
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync(ct);
        }

        using (var third = Start())
        {
            await third.WaitForExitAsync(ct);
            Assert.True(third.ExitCode == 1, $"the third run should end needing attention (exit 1), not {third.ExitCode}:\n" + Log());
        }

        const string ledgered = "SELECT l.outcome FROM ledger l JOIN messages m ON m.id = l.message_row WHERE m.direction = 'in' AND m.message_id = @id";
        Assert.Equal("quarantined", Scalar(ledgered, poison.MessageId));
        Assert.Equal("quarantined", Scalar("SELECT outcome FROM messages WHERE direction = 'in' AND message_id = @id", poison.MessageId));
        Assert.Equal("answered", Scalar(ledgered, next.MessageId));
        var sent = Directory.GetFiles(Path.Combine(Mail, "outbox"), "*.eml").Select(f => MimeMessage.Load(f)).ToList();
        var notice = Assert.Single(sent, m => m.To.Mailboxes.Any(a => a.Address == "ops@example.com"));
        Assert.Contains("quarantined", notice.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(poison.MessageId!, notice.TextBody, StringComparison.Ordinal);
        Assert.Single(sent, m => m.InReplyTo == next.MessageId);
        Assert.DoesNotContain(sent, m => m.InReplyTo == poison.MessageId);

        // Never tried again.
        using (var fourth = Start())
        {
            await fourth.WaitForExitAsync(ct);
        }

        Assert.Equal(0L, Convert.ToInt64(Scalar("SELECT COUNT(*) FROM processing_attempts"), CultureInfo.InvariantCulture));
    }

    private Process Start()
    {
        var wrapper = new ProcessStartInfo("/bin/bash") { WorkingDirectory = _work, UseShellExecute = false };
        wrapper.ArgumentList.Add("-c");
        wrapper.ArgumentList.Add("exec dotnet exec \"$0\" run --once >> run.log 2>&1 < /dev/null");
        wrapper.ArgumentList.Add(RepoPaths.ExecutableDll);
        wrapper.Environment["PORTMAILBOT__Mail__ExamplesFolder"] = "";
        wrapper.Environment["PORTMAILBOT__Mail__TemplatesFolder"] = RepoPaths.Templates;
        wrapper.Environment["PORTMAILBOT__Operators__Addresses__0"] = "ops@example.com";
        wrapper.Environment["PORTMAILBOT__Operators__AllowUnauthenticated"] = "true";
        wrapper.Environment["PORTMAILBOT__Containment__MessageDeadline"] = "00:10:00";
        return Process.Start(wrapper)!;
    }

    private string Log() => File.Exists(Path.Combine(_work, "run.log")) ? File.ReadAllText(Path.Combine(_work, "run.log")) : "";

    private long Attempts()
    {
        try
        {
            var value = Scalar("SELECT COALESCE(MAX(attempts), 0) FROM processing_attempts");
            return value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    private object? Scalar(string sql, string? id = null)
    {
        if (!File.Exists(Database))
        {
            throw new SqliteException("no database yet", 1);
        }

        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", (object?)id ?? DBNull.Value);
        return command.ExecuteScalar();
    }
}
