using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;

namespace PortMailBot.Intake.Requests;

/// <summary>Finds the account SID, numbers, authorized user and service address the customer states:
/// in the fresh text first, then in the whole message (quoted and forwarded parts) for what is missing,
/// and the subject for the SID or the numbers as a last resort.</summary>
public sealed class RequestExtractor
{
    private readonly Func<string, PersonName?> _parseName;
    private readonly Func<string, PostalAddress?> _parseAddress;

    public RequestExtractor()
        : this(PersonNameParser.Parse, AddressParser.Parse)
    {
    }

    /// <summary>With other parsers, so that locating the fields can be tested on its own.</summary>
    internal RequestExtractor(Func<string, PersonName?> parseName, Func<string, PostalAddress?> parseAddress)
    {
        _parseName = parseName;
        _parseAddress = parseAddress;
    }

    public RequestFields Extract(ReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var fresh = new RequestTextLocator(message.FreshText);
        var full = new RequestTextLocator(message.FullText);
        var subject = new RequestTextLocator(message.Subject);
        RequestTextLocator[] sources = [fresh, full, subject];

        var sids = sources.Select(source => source.AccountSid()).ToList();
        var sid = sids.Select(finding => finding.Sid).FirstOrDefault(found => found is not null);

        return new RequestFields
        {
            AccountSid = sid,
            AccountSidInvalid = sid is null && sids.Any(finding => finding.InvalidStated),
            Numbers = FirstNonEmpty(sources.Select(source => source.Numbers())),
            AuthorizedUser = FirstParsed([fresh, full], source => source.AuthorizedUserCandidates(), _parseName),
            ServiceAddress = FirstParsed([fresh, full], source => source.ServiceAddressCandidates(), _parseAddress),
            Businesses = BusinessNames.Find(message.FullText).Concat(BusinessNames.Find(message.FreshText)).Distinct(StringComparer.Ordinal).ToList(),
            Language = LanguageDetector.Detect(string.IsNullOrWhiteSpace(message.FreshText) ? message.FullText : message.FreshText),
        };
    }

    private static IReadOnlyList<RequestedNumber> FirstNonEmpty(IEnumerable<IReadOnlyList<RequestedNumber>> lists) =>
        lists.FirstOrDefault(list => list.Count > 0) ?? [];

    private static T? FirstParsed<T>(
        IEnumerable<RequestTextLocator> sources,
        Func<RequestTextLocator, IEnumerable<string>> candidates,
        Func<string, T?> parse)
        where T : class
    {
        foreach (var source in sources)
        {
            foreach (var candidate in candidates(source).Take(10))
            {
                if (parse(candidate) is { } parsed)
                {
                    return parsed;
                }
            }
        }

        return null;
    }
}
