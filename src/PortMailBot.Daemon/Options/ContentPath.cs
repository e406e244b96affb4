namespace PortMailBot.Daemon.Options;

/// <summary>Finds shipped folders (templates, examples): relative to the working folder first (a clone),
/// else next to the executable (a published build, the container).</summary>
public static class ContentPath
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || Directory.Exists(path) || File.Exists(path))
        {
            return path;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, path);
        return Directory.Exists(beside) || File.Exists(beside) ? beside : path;
    }
}
