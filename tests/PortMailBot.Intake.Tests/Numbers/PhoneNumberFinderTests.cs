using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Tests.Numbers;

public sealed class PhoneNumberFinderTests
{
    [Theory]
    [InlineData("(416) 320-4134")]
    [InlineData("416.320.4134")]
    [InlineData("416-320-4134")]
    [InlineData("416 320 4134")]
    [InlineData("+1 416 320 4134")]
    [InlineData("+1-416-320-4134")]
    [InlineData("+1 (416) 320-4134")]
    [InlineData("1-416-320-4134")]
    [InlineData("1 (416) 320-4134")]
    [InlineData("14163204134")]
    [InlineData("4163204134")]
    [InlineData("416\u2013320\u20134134")]
    [InlineData("416/320-4134")]
    [InlineData("(416)320-4134")]
    [InlineData("+1(416)320-4134")]
    [InlineData("Call 416-320-4134.")]
    [InlineData("numbers: 416-320-4134, and more")]
    public void Finds_each_written_format(string text)
    {
        var found = PhoneNumberFinder.Find(text);

        var number = Assert.Single(found);
        Assert.Equal("+14163204134", number.Number);
        Assert.Equal(NumberType.Geographic, number.Type);
    }

    [Fact]
    public void Finds_a_number_with_space_and_dash_mixed()
    {
        Assert.Equal("+17786747563", Assert.Single(PhoneNumberFinder.Find("778 674-7563")).Number);
    }

    [Fact]
    public void Finds_numbers_in_a_list_in_order_and_distinct()
    {
        var found = PhoneNumberFinder.Find(
            "The numbers are +1-431-748-4325, 14315036765 and 204.609.7032. Again: (431) 748-4325.");

        Assert.Equal(["+14317484325", "+14315036765", "+12046097032"], found.Select(n => n.Number));
    }

    [Theory]
    [InlineData("Account SID: AC7e64b6ba0865ef5aa370e2e30bdb0e7a")]
    [InlineData("AC1234567890abcdef4163204134abcdef")]
    [InlineData("ACabcdef12345678904163204134123456")]
    [InlineData("Account: PRW 69624207")]
    [InlineData("Account FT5973-07235")]
    [InlineData("csr-NLC677055673.pdf")]
    [InlineData("NLC6770556731")]
    [InlineData("Postal code V5H 4W6, Burnaby BC")]
    [InlineData("Statement date 2026-11-21, due 2026-12-15")]
    [InlineData("Total due: $218.40")]
    [InlineData("Amount $4163204134")]
    [InlineData("Reference 123456789012345")]
    [InlineData("Order 416320413412")]
    [InlineData("Invoice # 4163204134")]
    [InlineData("Account number: 4163204134")]
    [InlineData("Numéro de compte : 4163204134")]
    [InlineData("Scan_20261119_101522.pdf")]
    [InlineData("INV-4163204134")]
    [InlineData("416-320-41345")]
    [InlineData("version 4163204134.5")]
    [InlineData("416-320-4134-22-7")]
    public void Takes_no_number_out_of_other_tokens(string text)
    {
        Assert.Empty(PhoneNumberFinder.Find(text));
    }

    [Theory]
    [InlineData("416-320-4100 to 4109", 10)]
    [InlineData("416-320-4100 to 09", 10)]
    [InlineData("4163204100-4163204109", 10)]
    [InlineData("416-320-4100 - 416-320-4109", 10)]
    [InlineData("416-320-4100 \u2013 4109", 10)]
    [InlineData("416-320-4100 à 4109", 10)]
    [InlineData("416-320-4100 au 4109", 10)]
    [InlineData("416-320-4100 through 4104", 5)]
    [InlineData("416-320-4100 to -4104", 5)]
    [InlineData("416/320-4100 to 4104", 5)]
    [InlineData("416-320-4100 à -4102", 3)]
    public void Expands_ranges(string text, int count)
    {
        var found = PhoneNumberFinder.Find(text);

        Assert.Equal(count, found.Count);
        Assert.Equal("+14163204100", found[0].Number);
        Assert.Equal("+1416320" + (4100 + count - 1), found[^1].Number);
        Assert.All(found, n => Assert.Equal(NumberType.Geographic, n.Type));
    }

    [Fact]
    public void Expands_the_sample_range_beside_other_numbers()
    {
        var found = PhoneNumberFinder.Find("* 825-618-8300 to 8304\n* 1-825-833-4720");

        Assert.Equal(
            ["+18256188300", "+18256188301", "+18256188302", "+18256188303", "+18256188304", "+18258334720"],
            found.Select(n => n.Number));
    }

    [Fact]
    public void Keeps_only_the_endpoints_of_a_huge_range()
    {
        var found = PhoneNumberFinder.Find("4163200000 to 4163299999");

        Assert.Equal(["+14163200000", "+14163299999"], found.Select(n => n.Number));
    }

    [Fact]
    public void Keeps_the_first_number_when_the_range_end_is_lower()
    {
        Assert.Equal("+14163204134", Assert.Single(PhoneNumberFinder.Find("416-320-4134 to 4100")).Number);
    }

    [Fact]
    public void Does_not_read_a_time_as_a_range_end()
    {
        Assert.Equal("+14163204134", Assert.Single(PhoneNumberFinder.Find("Appelez le 416-320-4134 à 10 h.")).Number);
    }

    [Fact]
    public void Does_not_explode_many_huge_ranges()
    {
        var text = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"416{i:D3}0000 to 416{i:D3}0999"));

        var found = PhoneNumberFinder.Find(text);

        Assert.InRange(found.Count, 1, 10_000);
    }

    [Theory]
    [InlineData("1-855-242-6876", "+18552426876")]
    [InlineData("866.671.1399", "+18666711399")]
    [InlineData("1 800 555 0199", "+18005550199")]
    [InlineData("833-204-1188", "+18332041188")]
    [InlineData("(888) 301-2000", "+18883012000")]
    public void Types_toll_free_numbers(string text, string expected)
    {
        var number = Assert.Single(PhoneNumberFinder.Find(text));

        Assert.Equal(new RequestedNumber(expected, NumberType.TollFree), number);
    }

    [Theory]
    [InlineData("415 268 2097", "+14152682097")]
    [InlineData("(212) 555-0188", "+12125550188")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    public void Types_numbers_outside_canada(string text, string expected)
    {
        var number = Assert.Single(PhoneNumberFinder.Find(text));

        Assert.Equal(new RequestedNumber(expected, NumberType.NonCanadian), number);
    }

    [Theory]
    [InlineData("506-008-5125", "+15060085125")]
    [InlineData("416-120-4134", "+14161204134")]
    [InlineData("999-320-4134", "+19993204134")]
    [InlineData("123-456-7890", "+11234567890")]
    public void Types_NANP_shaped_numbers_that_are_not_valid(string text, string expected)
    {
        var number = Assert.Single(PhoneNumberFinder.Find(text));

        Assert.Equal(new RequestedNumber(expected, NumberType.Invalid), number);
    }

    [Theory]
    [InlineData("604-334-3338")]
    [InlineData("825-654-2330")]
    [InlineData("873-597-4316")]
    [InlineData("782-578-9795")]
    [InlineData("639-848-2652")]
    [InlineData("867-827-8061")]
    [InlineData("579-961-3439")]
    [InlineData("343-464-8795")]
    [InlineData("437-802-9793")]
    public void Types_canadian_area_codes_as_geographic(string text)
    {
        Assert.Equal(NumberType.Geographic, Assert.Single(PhoneNumberFinder.Find(text)).Type);
    }

    [Theory]
    [InlineData("4163204134", "+14163204134")]
    [InlineData("14163204134", "+14163204134")]
    [InlineData("14163204134.0", "+14163204134")]
    [InlineData("4163204134.0", "+14163204134")]
    [InlineData("4.163204134E+09", "+14163204134")]
    [InlineData(" (416) 320-4134 ", "+14163204134")]
    [InlineData("+1 416 320 4134", "+14163204134")]
    public void Parses_one_cell(string cell, string expected)
    {
        Assert.Equal(expected, PhoneNumberFinder.ParseOne(cell)?.Number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Phone number")]
    [InlineData("41632041")]
    [InlineData("24163204134")]
    [InlineData("416-320-4134, 416-320-4135")]
    [InlineData("2026-11-21")]
    public void Parses_no_number_out_of_a_cell_that_is_not_one(string cell)
    {
        Assert.Null(PhoneNumberFinder.ParseOne(cell));
    }
}
