namespace PortMailBot.Intake.Tests.Documents;

/// <summary>Finds the shared samples and corpora, which live beside the repository (<c>../shared</c>).</summary>
internal static class SharedFiles
{
    public static string? Root { get; } = FindRoot();

    public static string? Folder(string relative)
    {
        if (Root is null)
        {
            return null;
        }

        var path = Path.Combine(Root, relative);
        return Directory.Exists(path) ? path : null;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortMailBot.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
