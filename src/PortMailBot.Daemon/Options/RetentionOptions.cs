using Microsoft.Extensions.Options;

namespace PortMailBot.Daemon.Options;

/// <summary>Section <c>Retention</c>: how long personal data (whole messages, documents' fields, replies) is kept
/// (PIPEDA principle 4.5; Quebec's private-sector privacy law, s.23). What remains after a purge is the audit
/// trail: requests' states, transitions and verdicts.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Days after a request was completed or cancelled (its last update) before its mail is purged.</summary>
    public int ClosedRequestDays { get; set; } = 90;

    /// <summary>Days a request waits in needs-info without news before its mail is purged (the customer gave up).</summary>
    public int NeedsInfoDays { get; set; } = 60;

    /// <summary>Days before mail that was never answered (ignored, rate-limited, duplicate: spam, loops) is purged.</summary>
    public int UnansweredMailDays { get; set; } = 7;

    /// <summary>Days before mail that belongs to no request and could not be checked (failed, quarantined) is purged:
    /// long enough for an operator to look at it.</summary>
    public int UnattachedMailDays { get; set; } = 30;
}

/// <summary>Checks <c>Retention</c>: every period at least one day.</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var failures = new List<string>();
        Check("Retention:ClosedRequestDays", options.ClosedRequestDays, failures);
        Check("Retention:NeedsInfoDays", options.NeedsInfoDays, failures);
        Check("Retention:UnansweredMailDays", options.UnansweredMailDays, failures);
        Check("Retention:UnattachedMailDays", options.UnattachedMailDays, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string key, int days, List<string> failures)
    {
        if (days is < 1 or > 36500)
        {
            failures.Add($"{key} must be a number of days between 1 and 36500, not {days}.");
        }
    }
}
