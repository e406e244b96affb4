using System.Diagnostics;
using System.Globalization;
using PortMailBot.TestData;

namespace PortMailBot.Benchmarks.Mail;

/// <summary>Plain IMAP downloaders as the yardstick: the time they take merely to copy a mailbox
/// from the same server (process start to exit, as a user would see it).</summary>
internal static class Downloaders
{
    public sealed record Download(string Tool, TimeSpan Elapsed, int Messages, string? Problem);

    /// <summary>mbsync (isync): pulls INBOX into a local Maildir. FSync off, to give it its best time.</summary>
    public static async Task<Download> MbsyncAsync(MailBed bed, string user, string work)
    {
        if (!File.Exists("/usr/bin/mbsync"))
        {
            return new Download("mbsync", TimeSpan.Zero, 0, "mbsync is not installed (package isync)");
        }

        var maildir = Path.Combine(work, "mbsync");
        Directory.CreateDirectory(maildir);
        var config = Path.Combine(work, "mbsyncrc");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $"""
            FSync no

            IMAPAccount far
            Host 127.0.0.1
            Port {bed.ImapPort}
            User {MailBed.Address(user)}
            Pass {MailBed.Password}
            SSLType None
            AuthMechs LOGIN

            IMAPStore far
            Account far

            MaildirStore near
            Path {maildir}/
            Inbox {maildir}/INBOX

            Channel mirror
            Far :far:
            Near :near:
            Patterns INBOX
            Create Near
            Sync Pull New
            SyncState *

            """));
        var (elapsed, code, output) = await RunAsync("/usr/bin/mbsync", ["-c", config, "-q", "mirror"], null);
        var count = CountFiles(Path.Combine(maildir, "INBOX"));
        return new Download("mbsync", elapsed, count, code == 0 ? null : $"exit {code}: {output}");
    }

    /// <summary>fetchmail: IMAP, keep everything on the server, write the messages into one BSMTP file.</summary>
    public static async Task<Download> FetchmailAsync(MailBed bed, string user, string work)
    {
        if (!File.Exists("/usr/bin/fetchmail"))
        {
            return new Download("fetchmail", TimeSpan.Zero, 0, "fetchmail is not installed");
        }

        var home = Path.Combine(work, "fetchmail");
        Directory.CreateDirectory(home);
        var rc = Path.Combine(home, "fetchmailrc");
        var output = Path.Combine(home, "messages.bsmtp");
        await File.WriteAllTextAsync(rc, string.Create(CultureInfo.InvariantCulture, $"""
            set no bouncemail
            set no syslog
            poll 127.0.0.1 service {bed.ImapPort} protocol IMAP auth password
              user "{MailBed.Address(user)}" password "{MailBed.Password}" is root here
              sslproto '' keep fetchall no idle fetchlimit 0 batchlimit 0 bsmtp "{output}"

            """));
        if (!OperatingSystem.IsWindows())
        {
            // fetchmail refuses a run-control file others can read.
            File.SetUnixFileMode(rc, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        var (elapsed, code, log) = await RunAsync("/usr/bin/fetchmail", ["-f", rc, "-N", "--nosyslog"], home);
        var count = File.Exists(output) ? File.ReadLines(output).Count(l => l.StartsWith("MAIL FROM:", StringComparison.Ordinal)) : 0;
        return new Download("fetchmail", elapsed, count, code == 0 ? null : $"exit {code}: {log}");
    }

    private static int CountFiles(string maildir) =>
        new[] { "new", "cur" }.Select(s => Path.Combine(maildir, s)).Where(Directory.Exists).Sum(d => Directory.GetFiles(d).Length);

    /// <summary>The program's run, timed from start to exit; the mail bed's runner (output to a file).</summary>
    private static async Task<(TimeSpan Elapsed, int Code, string Output)> RunAsync(string program, string[] args, string? home)
    {
        var environment = home is null ? null : new Dictionary<string, string> { ["FETCHMAILHOME"] = home };
        var watch = Stopwatch.StartNew();
        var (code, text) = await MailBedProcesses.RunAsync(program, args, TimeSpan.FromMinutes(3), environment);
        return (watch.Elapsed, code, text.Length > 2000 ? text[..2000] : text);
    }
}
