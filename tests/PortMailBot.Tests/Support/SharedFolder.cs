namespace PortMailBot.Tests.Support;

/// <summary>Finds <c>../shared</c> (samples and corpora) beside the repository, where present.</summary>
public static class SharedFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Path(params string[] parts)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine([RepositoryRoot, "..", "shared", .. parts]));
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }

    /// <summary>The path, or skips the test with a message naming what is missing.</summary>
    public static string Require(params string[] parts)
    {
        var path = Path(parts);
        if (path is null)
        {
            Assert.Skip($"../shared/{string.Join('/', parts)} is not present beside the repository: nothing to read.");
        }

        return path;
    }

    private static string FindRepositoryRoot()
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
