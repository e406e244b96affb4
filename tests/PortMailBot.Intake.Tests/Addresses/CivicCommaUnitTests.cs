using PortMailBot.Intake.Addresses;

namespace PortMailBot.Intake.Tests.Addresses;

/// <summary>A French civic number set off by a comma ("6291, boulevard des Laurentides Est #210") with a unit after a
/// street whose direction is "Est": the direction is not French's "est" leading into the address.</summary>
public sealed class CivicCommaUnitTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var street in new[] { "boulevard des Laurentides Est", "rue Saint-Joseph Est", "BOUL. RENÉ-LÉVESQUE EST", "chemin du Lac Ouest" })
        {
            foreach (var unit in new[] { "#210", "bureau 210", "app. 210", "Suite 210" })
            {
                data.Add(street, unit);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_street_and_its_trailing_unit_are_read(string street, string unit)
    {
        foreach (var text in new[] { $"6291, {street} {unit}\nSherbrooke (QC)\nJ9T 4Z6", $"6291, {street} {unit}, Sherbrooke, QC J9T 4Z6" })
        {
            var address = AddressParser.Parse(text);

            Assert.NotNull(address);
            Assert.Equal("6291", address.StreetNumber);
            Assert.Equal("210", address.Unit);
            Assert.Equal("J9T 4Z6", address.PostalCode);
        }
    }
}
