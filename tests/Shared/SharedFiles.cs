namespace PortMailBot.TestData;

/// <summary>The shared samples and corpora for tests, which skip with a reason where they are absent
/// (no test may need <c>../shared</c>); linked into the test projects.</summary>
internal static class SharedFiles
{
    /// <summary>The path of <see cref="RepoPaths.Shared"/>, or skips the test with a message naming what is missing.</summary>
    public static string Require(params string[] parts)
    {
        var path = RepoPaths.Shared(parts);
        if (path is null)
        {
            Assert.Skip($"../shared/{string.Join('/', parts)} is not present beside the repository: nothing to read.");
        }

        return path;
    }
}
