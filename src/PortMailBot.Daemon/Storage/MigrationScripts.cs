using System.Reflection;
using PortMailBot.Daemon.Options;

namespace PortMailBot.Daemon.Storage;

/// <summary>The schema scripts of one provider, kept side by side as <c>Storage/Migrations/PROVIDER/NNNN.sql</c>
/// (embedded): version N is file N, applied in order. Each provider's set moves on its own; a script
/// that has been applied somewhere is never edited, a change is a new version.</summary>
public static class MigrationScripts
{
    public static IReadOnlyList<string> For(StorageProvider provider)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"migrations/{provider}/";
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        for (var i = 0; i < names.Count; i++)
        {
            // A gap would shift every later version onto the wrong script.
            var expected = $"{prefix}{i + 1:0000}.sql";
            if (names[i] != expected)
            {
                throw new InvalidOperationException($"Migration scripts of {provider} are not numbered 0001, 0002, ...: found {names[i]} where {expected} was expected.");
            }
        }

        return names.Select(name => Read(assembly, name)).ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("Missing embedded migration " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
