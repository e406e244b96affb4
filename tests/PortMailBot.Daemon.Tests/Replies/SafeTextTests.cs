using PortMailBot.Daemon.Replies;

namespace PortMailBot.Daemon.Tests.Replies;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("Port\u202Efdp.exe request", "Portfdp.exe request")]
    [InlineData("\u2066Jane\u2069 \u202ADoe\u202C", "Jane Doe")]
    [InlineData("Port\0request\r\nBcc: x@evil.example", "Port request Bcc: x@evil.example")]
    [InlineData("  Jérôme\t\tTremblay  ", "Jérôme Tremblay")]
    [InlineData(null, "")]
    public void Clean_control_and_bidi_characters_are_removed(string? text, string expected) =>
        Assert.Equal(expected, SafeText.Clean(text, SafeText.MaxSubject));

    [Fact]
    public void Clean_long_text_is_cut_and_marked()
    {
        var cut = SafeText.Clean(new string('a', 100_000), SafeText.MaxSubject);
        Assert.Equal(SafeText.MaxSubject + 1, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
        Assert.Equal(new string('b', SafeText.MaxSubject), SafeText.Clean(new string('b', SafeText.MaxSubject), SafeText.MaxSubject));
    }

    [Fact]
    public void Clean_cut_inside_a_surrogate_pair_keeps_the_text_valid()
    {
        var cut = SafeText.Clean("a" + string.Concat(Enumerable.Repeat("😀", 10)), 4);
        Assert.Equal("a😀…", cut);
    }

    [Theory]
    [InlineData("in-1@example.org", true)]
    [InlineData("in\01@example.org", false)]
    [InlineData("in\u202E1@example.org", false)]
    [InlineData("in 1@example.org", false)]
    [InlineData("", false)]
    public void Is_safe_message_id(string id, bool safe) => Assert.Equal(safe, SafeText.IsSafeMessageId(id));
}
