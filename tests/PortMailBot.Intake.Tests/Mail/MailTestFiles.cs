namespace PortMailBot.Intake.Tests.Mail;

/// <summary>Locates the shared corpora (../shared beside the repository root) for the mail tests.</summary>
internal static class MailTestFiles
{
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortMailBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>A folder under ../shared, or null when the shared files are not there.</summary>
    public static string? SharedDirectory(params string[] parts)
    {
        var root = RepoRoot();
        if (root is null)
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine([root, "..", "shared", .. parts]));
        return Directory.Exists(path) ? path : null;
    }
}
