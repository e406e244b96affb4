namespace PortMailBot.TestData;

/// <summary>Finds the repository (templates, examples, scripts, the built executable) and the shared
/// samples and corpora beside it (<c>../shared</c>); linked into the test projects and the benchmarks.
/// The one place that walks up from the build output to the repository root.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Templates => Path.Combine(Root, "templates");

    public static string Examples => Path.Combine(Root, "examples", "inbox");

    public static string MailBedScripts => Path.Combine(Root, "scripts", "mailbed");

    /// <summary>A file or folder under <c>../shared</c> beside the repository root (e.g. "samples", "cases");
    /// null when it is not there, as on a machine that has the repository alone.</summary>
    public static string? Shared(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }

    /// <summary>The built PortMailBot.dll of the same configuration as the tests.</summary>
    public static string ExecutableDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(Root, "src", "PortMailBot", "bin", configuration, "net10.0", "PortMailBot.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortMailBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PortMailBot.sln not found above " + AppContext.BaseDirectory);
    }
}
