using PortMailBot.Intake.Matching;
using PortMailBot.Intake.Text;

namespace PortMailBot.Intake.Tests.Matching;

/// <summary>A word OCR read unsurely may stand for the compared word when it could be a garbling of it; a
/// digit counts only as its look-alikes. The garblings are generated here from names and street words, not
/// taken from sample files.</summary>
public sealed class UnsureReadingsTests
{
    private static readonly string[] Words =
    [
        "Iqbal", "Kenji", "Hoang", "Turcotte", "Jensen", "Walsh", "Barrydowne", "Pownal", "Royale", "Saskatoon",
        "Edmonton", "Charlottetown", "Stony", "Plain", "Gauthier", "Lefebvre", "Vaillancourt", "Moreau",
    ];

    /// <summary>What a degraded scan does to letters: one misread as a look-alike, one dropped, one doubled,
    /// a neighbour run into it.</summary>
    private static readonly Func<string, int, string>[] Garblings =
    [
        (w, i) => w[..i] + LookAlike(w[i]) + w[(i + 1)..],
        (w, i) => w.Remove(i, 1),
        (w, i) => w.Insert(i, w[i].ToString()),
        (w, i) => w[..i] + "}" + w[(i + 1)..],
    ];

    public static TheoryData<string, string> GarbledWords()
    {
        var data = new TheoryData<string, string>();
        var random = new Random(12);
        foreach (var word in Words)
        {
            foreach (var garble in Garblings)
            {
                data.Add(word, garble(word, random.Next(1, word.Length)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GarbledWords))]
    public void Could_be_a_word_with_one_letter_garbled_is_its_garbling(string meant, string read)
    {
        Assert.True(UnsureReadings.CouldBe(TextFold.Compact(read), TextFold.Compact(meant)), $"{read} for {meant}");
    }

    [Theory]
    [InlineData("Nolet", "Eriksen")]
    [InlineData("Chartrand", "Demers")]
    [InlineData("Saunders", "Walsh")]
    [InlineData("Gerrard", "Yonge")]
    [InlineData("Nicole", "Patrice")]
    public void Could_be_another_word_is_not_a_garbling(string read, string meant)
    {
        Assert.False(UnsureReadings.CouldBe(TextFold.Compact(read), TextFold.Compact(meant)));
    }

    [Theory]
    [InlineData("1963", "1873")]
    [InlineData("1372", "1273")]
    [InlineData("31", "13")]
    [InlineData("2208", "208")]
    [InlineData("811", "8111")]
    [InlineData("112", "12")]
    [InlineData("7", "4")]
    public void Could_be_two_digits_changed_or_a_digit_added_or_dropped_is_another_number(string meant, string read)
    {
        Assert.False(UnsureReadings.CouldBe(read, meant));
    }

    public static TheoryData<string, string> OneDigitChanged()
    {
        var data = new TheoryData<string, string>();
        var random = new Random(5);
        foreach (var meant in new[] { "112", "1439", "31", "2208", "756", "m5j8s4", "4211217" })
        {
            var digits = Enumerable.Range(0, meant.Length).Where(i => char.IsAsciiDigit(meant[i])).ToList();
            var at = digits[random.Next(digits.Count)];
            var other = (char)('0' + ((meant[at] - '0' + 1 + random.Next(8)) % 10));
            data.Add(meant, meant[..at] + other + meant[(at + 1)..]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OneDigitChanged))]
    public void Could_be_one_digit_of_a_word_read_as_any_other_digit_is_a_garbling(string meant, string read)
    {
        Assert.True(UnsureReadings.CouldBe(read, meant), $"{read} for {meant}");
    }

    [Theory]
    [InlineData("t5k", "tsk")]
    [InlineData("1w0", "iwo")]
    [InlineData("2j7", "2l7")]
    [InlineData("8n3", "bn3")]
    [InlineData("1963", "1968")]
    public void Could_be_a_digit_read_as_its_look_alike_is_a_garbling(string meant, string read)
    {
        Assert.True(UnsureReadings.CouldBe(read, meant));
    }

    [Fact]
    public void Readings_replace_an_unsure_word_by_the_compared_words_it_could_be()
    {
        var readings = UnsureReadings.Readings(["630 8th SUE,", "Apt 2208"], ["SUE,"], "630 8th St E, Apt 2208, Saskatoon SK S7K 8N3").ToList();

        Assert.Contains(readings, r => r[0] == "630 8th St E," && r[1] == "Apt 2208");
        Assert.DoesNotContain(readings, r => r[0] == "630 8th SUE,");
    }

    [Fact]
    public void Readings_leave_words_read_with_confidence_alone()
    {
        Assert.Empty(UnsureReadings.Readings(["HARPREET IQBAt."], [], "Harpreet Iqbal"));
        Assert.Empty(UnsureReadings.Readings(["HARPREET IQBAt."], ["Charlottetown"], "Harpreet Iqbal"));
    }

    [Fact]
    public void Readings_of_a_value_mostly_unread_are_none()
    {
        Assert.Empty(UnsureReadings.Readings(["a b c d"], ["a", "b", "c", "d"], "e f g h"));
    }

    [Theory]
    [InlineData("756 Ossington Avenue|Unit 112|Toronto ON M5J 8S4", "Unit 112", "122")]
    [InlineData("1439 Oxford St E|Suite 981|London ON N6A 5P4", "Suite 981", "931")]
    [InlineData("485 boulevard de la Gappe|bureau 12|Gatineau QC J9H 2M7", "bureau 12", "13")]
    public void Unsure_words_read_as_the_compared_words_do_not_count_toward_a_value_mostly_unread(string address, string line, string misread)
    {
        var lines = address.Split('|');
        var read = lines.Select(l => l == line ? l.Replace(line.Split(' ')[1], misread, StringComparison.Ordinal) : l).ToList();
        var lastLine = lines[^1].Split(' ');

        // Four words read unsurely: the misread one and three read right (the city, the province, half the postal code).
        var unsure = new[] { misread, lastLine[0], lastLine[^3], lastLine[^1] };

        var readings = UnsureReadings.Readings(read.ToList<string?>(), unsure, string.Join(", ", lines)).ToList();

        Assert.Contains(readings, r => r.SequenceEqual(lines));
    }

    private static char LookAlike(char c) => char.ToLowerInvariant(c) switch
    {
        'l' => 't',
        'i' => '!',
        'o' => '0',
        's' => '5',
        'e' => 'c',
        'n' => 'h',
        'a' => 'o',
        _ => c == 'x' ? 'y' : 'x',
    };
}
