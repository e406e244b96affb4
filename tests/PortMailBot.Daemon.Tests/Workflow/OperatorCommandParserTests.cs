using PortMailBot.Daemon.Storage;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

public sealed class OperatorCommandParserTests
{
    [Theory]
    [InlineData("/approve", "approve")]
    [InlineData("  /Submitted  ", "submitted")]
    [InlineData("/completed", "completed")]
    public void Simple_commands(string line, string action)
    {
        var parsed = OperatorCommandParser.Parse(line);

        Assert.Equal(action, parsed.Command?.Action.Name());
        Assert.Null(parsed.Error);
    }

    [Fact]
    public void Carrier_approved_defaults_to_eastern_time()
    {
        var parsed = OperatorCommandParser.Parse("/carrier-approved 2026-12-14 10:30");

        var date = parsed.Command?.PortingDate;
        Assert.NotNull(date);
        Assert.Equal(new DateOnly(2026, 12, 14), date.Date);
        Assert.Equal(new TimeOnly(10, 30), date.Time);
        Assert.Equal("America/Toronto", date.TimeZoneId);
        Assert.Equal(TimeSpan.FromHours(-5), date.Instant.Offset);
    }

    [Theory]
    [InlineData("/carrier-approved 2026-07-02 09:00 Pacific", "America/Vancouver")]
    [InlineData("/carrier-approved 2026-07-02 MT", "America/Edmonton")]
    [InlineData("/carrier-approved 2026-07-02 08:15 America/Halifax", "America/Halifax")]
    [InlineData("/carrier-approved 2026-07-02 UTC", "UTC")]
    public void Carrier_approved_takes_a_zone(string line, string zone)
    {
        var parsed = OperatorCommandParser.Parse(line);

        Assert.Equal(zone, parsed.Command?.PortingDate?.TimeZoneId);
    }

    [Fact]
    public void Carrier_rejected_takes_a_code_and_free_text()
    {
        var parsed = OperatorCommandParser.Parse("/carrier-rejected pin-mismatch PIN 1234 does not match");

        Assert.Equal("carrier-rejected", parsed.Command?.Action.Name());
        Assert.Equal("pin-mismatch", parsed.Command?.RejectionCode);
        Assert.Equal("PIN 1234 does not match", parsed.Command?.Text);
    }

    [Theory]
    [InlineData("/cancel", null)]
    [InlineData("/cancel customer asked", "customer asked")]
    public void Cancel_has_an_optional_reason(string line, string? reason)
    {
        var parsed = OperatorCommandParser.Parse(line);

        Assert.Equal("cancel", parsed.Command?.Action.Name());
        Assert.Equal(reason, parsed.Command?.Text);
    }

    [Theory]
    [InlineData("/carrier-approved", "needs the porting date")]
    [InlineData("/carrier-approved 14/12/2026", "is not a date")]
    [InlineData("/carrier-approved 2026-02-30", "is not a date")]
    [InlineData("/carrier-approved 2026-12-14 25:00", "is not a time")]
    [InlineData("/carrier-approved 2026-12-14 10:00 Mars", "is not a time zone")]
    [InlineData("/carrier-rejected", "needs the carrier's reason code")]
    [InlineData("/carrier-rejected wrong-pin", "is not a rejection code")]
    [InlineData("/note", "needs the text")]
    [InlineData("/approve now please", "takes no argument")]
    [InlineData("/approved", "is not a command")]
    public void Malformed_commands_are_usage_errors(string line, string error)
    {
        var parsed = OperatorCommandParser.Parse(line);

        Assert.True(parsed.IsCommand);
        Assert.Null(parsed.Command);
        Assert.Contains(error, parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hello, I approve this.")]
    [InlineData("")]
    [InlineData("/ not a command")]
    [InlineData("1/2 done")]
    public void Ordinary_text_is_not_a_command(string line)
    {
        Assert.False(OperatorCommandParser.Parse(line).IsCommand);
    }

    [Fact]
    public void Only_the_first_non_blank_line_of_the_fresh_text_counts()
    {
        Assert.Equal("approve", OperatorCommandParser.ParseFirstLine("\n\n  /approve\nThanks\n/cancel").Command?.Action.Name());
        Assert.False(OperatorCommandParser.ParseFirstLine("Looks good.\n/approve").IsCommand);
    }

    [Fact]
    public void The_ten_carrier_codes_are_accepted()
    {
        Assert.Equal(10, CarrierRejections.Codes.Count);
        foreach (var code in CarrierRejections.Codes)
        {
            Assert.Equal(code, OperatorCommandParser.Parse("/carrier-rejected " + code).Command?.RejectionCode);
        }
    }
}
