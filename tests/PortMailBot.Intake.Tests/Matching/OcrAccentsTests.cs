using PortMailBot.Intake.Matching;

namespace PortMailBot.Intake.Tests.Matching;

/// <summary>An accented letter read as another accented letter is a misreading; any other letter read differently
/// is another word. The forms are generated from accented words by changing one of their letters.</summary>
public sealed class OcrAccentsTests
{
    private static readonly string[] Words = ["Côté", "Hélène", "Lévesque", "Bélanger", "Gagné", "Rhéaume", "Théberge", "Jérôme", "François", "Noël"];

    private static readonly char[] AccentedLetters = ['é', 'è', 'ê', 'ô', 'à', 'ë', 'î', 'û', 'ç', 'Ó'];

    private static readonly char[] PlainLetters = ['a', 'e', 'o', 'u', 'x', 'r'];

    /// <summary>Each word with one accented letter replaced by an accented letter on another base letter.</summary>
    public static TheoryData<string, string> AccentMisreadings()
    {
        var data = new TheoryData<string, string>();
        foreach (var word in Words)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (!char.IsAscii(word[i]))
                {
                    var other = AccentedLetters.First(c => char.ToLowerInvariant(Text.TextFold.RemoveAccents(c.ToString())[0]) != Text.TextFold.RemoveAccents(word[i].ToString())[0]);
                    data.Add(word, word[..i] + other + word[(i + 1)..]);
                }
            }
        }

        return data;
    }

    /// <summary>Each word with an accented or a plain letter replaced by a plain letter on another base, or with a
    /// letter added.</summary>
    public static TheoryData<string, string> OtherWords()
    {
        var data = new TheoryData<string, string>();
        var n = 0;
        foreach (var word in Words)
        {
            var at = n++ % word.Length;
            var plain = PlainLetters.First(c => c != char.ToLowerInvariant(Text.TextFold.RemoveAccents(word[at].ToString())[0]));
            data.Add(word, word[..at] + plain + word[(at + 1)..]);
            data.Add(word, word[..at] + word[at] + word[at..]);
            var accent = word.IndexOf(word.First(c => !char.IsAscii(c)), StringComparison.Ordinal);
            if (accent + 1 < word.Length && char.IsAscii(word[accent + 1]))
            {
                data.Add(word, word[..(accent + 1)] + 'é' + word[(accent + 2)..]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AccentMisreadings))]
    public void An_accented_letter_read_as_another_accented_letter_is_alike(string meant, string read)
    {
        Assert.True(OcrAccents.Alike(read, meant));
        Assert.True(OcrAccents.Alike(read.ToUpperInvariant(), meant));
        Assert.Equal("Marie " + meant + "-Roy", OcrAccents.ReadAs("Marie " + read + "-Roy", "Marie " + meant + "-Roy"));
    }

    [Theory]
    [MemberData(nameof(OtherWords))]
    public void A_plain_letter_read_otherwise_or_a_letter_more_is_another_word(string meant, string read)
    {
        Assert.False(OcrAccents.Alike(read, meant));
        Assert.Null(OcrAccents.ReadAs("Marie " + read, "Marie " + meant));
    }

    [Theory]
    [InlineData("Côté")]
    [InlineData("Hélène")]
    [InlineData("COTE")]
    public void The_same_word_is_not_a_misreading(string word)
    {
        Assert.False(OcrAccents.Alike(word, word));
        Assert.Null(OcrAccents.ReadAs(word, "Côté Hélène"));
    }
}
