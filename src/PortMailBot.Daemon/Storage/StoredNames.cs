namespace PortMailBot.Daemon.Storage;

/// <summary>The way back from a stored name to the value of one of the daemon's enums (states, actions): each
/// enum's own name method is its one mapping, and this its inverse, so the two cannot disagree.</summary>
internal static class StoredNames
{
    public static bool TryParse<T>(IReadOnlyList<T> all, Func<T, string> nameOf, string? name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in all)
        {
            if (string.Equals(nameOf(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
