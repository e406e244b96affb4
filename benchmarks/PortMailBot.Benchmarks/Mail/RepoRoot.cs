namespace PortMailBot.Benchmarks.Mail;

/// <summary>The repository the benchmark runs from (scripts, templates).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PortMailBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PortMailBot.sln not found above " + AppContext.BaseDirectory);
    }
}
