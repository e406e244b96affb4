using PortMailBot.Daemon.Tests.MailBed;
using PortMailBot.Daemon.Tests.Support;

namespace PortMailBot.Daemon.Tests.Storage;

/// <summary>Everything the daemon creates with personal data in it is the owner's only (0700 folders, 0600 files),
/// whatever the umask of the process that started it.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PrivateFilesTests
{
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task Daemon_first_run_in_empty_folder_database_mail_and_replies_are_owner_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Directory.CreateTempSubdirectory("portmailbot-private-").FullName;
        try
        {
            // The temporary folder itself is 0700; open it so the test shows the daemon's own modes, not inherited ones.
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            var data = Path.Combine(root, "data");
            var mail = Path.Combine(data, "mail");
            await using var daemon = new DaemonHarness(new()
            {
                ["Storage:ConnectionString"] = $"Data Source={Path.Combine(data, "db", "portmailbot.db")}",
                ["Storage:HealthFile"] = Path.Combine(data, "health"),
                ["Mail:LocalFolder"] = mail,
            });
            var inbox = Path.Combine(mail, "inbox");
            Directory.CreateDirectory(inbox);
            var dropped = Path.Combine(inbox, "1.eml");
            await MailMaker.EnglishTextOnly("customer@example.com", "porting@localhost", 1).WriteToAsync(dropped, ct);
            File.SetUnixFileMode(dropped, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            var result = await daemon.RunOnceAsync(ct);

            Assert.Equal(1, result.Summary.Answered);
            var database = Path.Combine(data, "db", "portmailbot.db");
            AssertPrivate(Path.Combine(data, "db"));
            AssertPrivate(database);
            Assert.True(File.Exists(database + "-wal"), "WAL mode keeps a -wal file while connections are pooled");
            AssertPrivate(database + "-wal");
            AssertPrivate(database + "-shm");
            AssertPrivate(Path.Combine(mail, "processed"));
            AssertPrivate(Assert.Single(Directory.GetFiles(Path.Combine(mail, "processed"))));
            AssertPrivate(Path.Combine(mail, "outbox"));
            AssertPrivate(Assert.Single(Directory.GetFiles(Path.Combine(mail, "outbox"), "*.eml")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertPrivate(string path)
    {
        var mode = File.GetUnixFileMode(path);
        Assert.True((mode & GroupOrOther) == 0, $"{Path.GetFileName(path)} is {mode}, readable beyond its owner");
    }
}
