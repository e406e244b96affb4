using System.Text.Json;
using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Requests;

namespace PortMailBot.Intake.Tests.Requests;

/// <summary>Every public sample body against the fields of expected.jsonl that the message text states.</summary>
public sealed class SampleRequestTests
{
    // Stand-ins for the name and address parsers: these tests are about finding the fields.
    private static readonly RequestExtractor Extractor = new(
        name => name.Split(' ') is [var first, .., var last] ? new PersonName(first, last) : null,
        address => new PostalAddress(address, null, null, null, null));

    [Theory]
    [MemberData(nameof(SampleMessages.CaseIds), MemberType = typeof(SampleMessages))]
    public void Finds_the_account_sid(string caseId)
    {
        var message = SampleMessages.Load(caseId);
        var expected = SampleMessages.Expected(caseId);

        var fields = Extractor.Extract(message);

        var expectedSid = expected.GetProperty("accountSid").GetString();
        Assert.Equal(expectedSid, fields.AccountSid);
        var reasons = expected.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(reasons.Contains("account-sid-invalid"), fields.AccountSidInvalid);
    }

    [Theory]
    [MemberData(nameof(SampleMessages.CaseIds), MemberType = typeof(SampleMessages))]
    public void Finds_the_requested_numbers(string caseId)
    {
        var message = SampleMessages.Load(caseId);
        var expected = SampleMessages.Expected(caseId);

        var fields = Extractor.Extract(message);

        var expectedNumbers = expected.GetProperty("numbers").EnumerateArray()
            .Select(n => (n.GetProperty("number").GetString()!, n.GetProperty("type").GetString()!))
            .ToHashSet();
        var actual = fields.Numbers.Select(n => (n.Number, TypeCode(n.Type))).ToList();
        Assert.Equal(actual.Count, actual.Distinct().Count());
        var hasNumberList = expected.GetProperty("documents").EnumerateArray()
            .Any(d => d.GetProperty("kind").GetString() == "numbers");
        if (hasNumberList)
        {
            // The rest of the numbers come from the attached spreadsheet, not from the text.
            Assert.Subset(expectedNumbers, actual.ToHashSet());
            Assert.NotEmpty(actual);
        }
        else
        {
            Assert.Equal(expectedNumbers, actual.ToHashSet());
        }
    }

    [Theory]
    [MemberData(nameof(SampleMessages.CaseIds), MemberType = typeof(SampleMessages))]
    public void Locates_the_authorized_user_as_written(string caseId)
    {
        var message = SampleMessages.Load(caseId);
        var expected = SampleMessages.Expected(caseId);

        var located = new RequestTextLocator(message.FreshText).AuthorizedUserCandidates().FirstOrDefault();

        var user = expected.GetProperty("authorizedUser");
        if (user.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(located);
        }
        else
        {
            var first = user.GetProperty("firstName").GetString();
            var last = user.GetProperty("lastName").GetString();
            Assert.Equal($"{first} {last}", located);
        }
    }

    [Theory]
    [MemberData(nameof(SampleMessages.CaseIds), MemberType = typeof(SampleMessages))]
    public void Locates_the_service_address_as_written(string caseId)
    {
        var message = SampleMessages.Load(caseId);
        var expected = SampleMessages.Expected(caseId);

        var located = new RequestTextLocator(message.FreshText).ServiceAddressCandidates().FirstOrDefault();

        var address = expected.GetProperty("serviceAddress");
        if (address.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(located);
            return;
        }

        Assert.NotNull(located);
        Assert.EndsWith(address.GetProperty("postalCode").GetString()!, located, StringComparison.OrdinalIgnoreCase);
        var line1 = address.GetProperty("line1").GetString()!;
        var streetNumber = line1.Split(' ')[0];
        Assert.Contains(streetNumber, located, StringComparison.Ordinal);
        Assert.DoesNotContain("attached", located, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("carrier", located, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(SampleMessages.CaseIds), MemberType = typeof(SampleMessages))]
    public void Parses_the_authorized_user_and_service_address(string caseId)
    {
        var message = SampleMessages.Load(caseId);
        var expected = SampleMessages.Expected(caseId);

        var fields = new RequestExtractor().Extract(message);

        var user = expected.GetProperty("authorizedUser");
        if (user.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(fields.AuthorizedUser);
        }
        else
        {
            Assert.NotNull(fields.AuthorizedUser);
            Assert.Equal(user.GetProperty("firstName").GetString(), fields.AuthorizedUser.FirstName);
            Assert.Equal(user.GetProperty("lastName").GetString(), fields.AuthorizedUser.LastName);
        }

        var address = expected.GetProperty("serviceAddress");
        if (address.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(fields.ServiceAddress);
        }
        else
        {
            Assert.NotNull(fields.ServiceAddress);
            Assert.Equal(address.GetProperty("postalCode").GetString(), fields.ServiceAddress.PostalCode);
            Assert.Equal(address.GetProperty("province").GetString(), fields.ServiceAddress.Province);
            var reasons = expected.GetProperty("reasons").EnumerateArray().Select(r => r.GetString());
            Assert.Equal(reasons.Contains("service-address-po-box"), fields.ServiceAddress.IsPoBox);
        }
    }

    [Theory]
    [MemberData(nameof(SampleMessages.CaseIds), MemberType = typeof(SampleMessages))]
    public void Tells_the_language(string caseId)
    {
        var message = SampleMessages.Load(caseId);

        var fields = Extractor.Extract(message);

        Assert.Equal(SampleMessages.IsFrench(caseId) ? "fr" : "en", fields.Language);
    }

    internal static string TypeCode(Intake.Numbers.NumberType type) => type switch
    {
        Intake.Numbers.NumberType.Geographic => "geographic",
        Intake.Numbers.NumberType.TollFree => "toll-free",
        Intake.Numbers.NumberType.NonCanadian => "non-canadian",
        _ => "invalid",
    };
}
