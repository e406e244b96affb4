using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Matching;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>A postal code OCR garbled with a mark no code holds ("K1P 5&amp;7") is not read, but the street, city
/// and province before it still are, and the address is not another one for it. The garbled codes are generated
/// from valid ones, one character at a time.</summary>
public sealed class UnreadablePostalCodeTests
{
    private static readonly (string Street, string Number, string City, string Province, string Written, string Code)[] Addresses =
    [
        ("Albert St", "88", "Ottawa", "ON", "ON", "K1P 5E7"),
        ("boul. René-Lévesque O.", "455", "Montréal", "QC", "QC", "H2Z 1Z2"),
        ("Granville St", "500", "Vancouver", "BC", "British Columbia", "V6C 1W6"),
        ("Kingsway Dr", "4063", "Regina", "SK", "(SASKATCHEWAN)", "S9L 8T8"),
    ];

    private static readonly char[] Marks = ['&', '?', '%', '#', '@', '$'];

    private static readonly string[] Layouts = ["{0} {1}, {2}, {3} {4}", "{0} {1}\n{2} {3} {4}", "{0} {1}, {2} {3}  {4}"];

    public static TheoryData<int, string> GarbledForms()
    {
        var data = new TheoryData<int, string>();
        var n = 0;
        for (var a = 0; a < Addresses.Length; a++)
        {
            var (street, number, city, _, written, code) = Addresses[a];
            foreach (var at in new[] { 0, 1, 2, 4, 5, 6 })
            {
                var garbled = code[..at] + Marks[n % Marks.Length] + code[(at + 1)..];
                data.Add(a, string.Format(System.Globalization.CultureInfo.InvariantCulture, Layouts[n++ % Layouts.Length], number, street, city, written, garbled));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GarbledForms))]
    public void Street_city_and_province_are_read_before_a_code_ocr_garbled(int index, string text)
    {
        var (street, number, city, province, _, _) = Addresses[index];

        var address = AddressParser.Parse(text);

        Assert.NotNull(address);
        Assert.Equal(number, address.StreetNumber);
        Assert.Equal(street, address.StreetName);
        Assert.Equal(city, address.City);
        Assert.Equal(province, address.Province);
        Assert.Null(address.PostalCode);
    }

    [Theory]
    [MemberData(nameof(GarbledForms))]
    public void An_address_with_its_code_garbled_is_the_same_address_on_a_scan(int index, string text)
    {
        var (street, number, city, province, _, code) = Addresses[index];
        var requested = AddressParser.Parse($"{number} {street}, {city}, {province} {code}")!;

        Assert.True(AddressComparer.Same(requested, AddressParser.Parse(text)!, ocr: true));
        Assert.False(AddressComparer.Same(requested, AddressParser.Parse(text.Replace(city, "Kamloops", StringComparison.Ordinal))!, ocr: true));
        Assert.False(AddressComparer.Same(requested, AddressParser.Parse(text.Replace(number + " ", "9" + number + " ", StringComparison.Ordinal))!, ocr: true));
    }

    [Theory]
    [InlineData("88 Albert St, Ottawa, ON K1P 5E7", "K1P 5E7")]
    [InlineData("88 Albert St, Ottawa, ON K&P 5?7", null)]
    [InlineData("88 Albert St, Ottawa, ON K1P-5E7", "K1P 5E7")]
    public void Only_a_code_with_one_mark_is_set_aside(string text, string? code)
    {
        var address = AddressParser.Parse(text);

        Assert.NotNull(address);
        Assert.Equal(code, address.PostalCode);
    }
}
