using Microsoft.AspNetCore.Http;

namespace PortMailBot.Web.Hosting;

/// <summary>The console's style sheet and icons, embedded in the assembly (nothing to deploy beside it).</summary>
internal static class ConsoleAssets
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static IResult Serve(string name)
    {
        var stream = typeof(ConsoleAssets).Assembly.GetManifestResourceStream("assets/" + name);
        if (stream is null || !Types.TryGetValue(Path.GetExtension(name), out var type))
        {
            stream?.Dispose();
            return Results.NotFound();
        }

        return Results.Stream(stream, type);
    }
}
