using PortMailBot.Intake.Addresses;
using PortMailBot.Intake.Documents;
using PortMailBot.Intake.Mail;
using PortMailBot.Intake.Names;
using PortMailBot.Intake.Numbers;
using PortMailBot.Intake.Requests;
using PortMailBot.Intake.Verdicts;

namespace PortMailBot.Intake.Tests.Verdicts;

/// <summary>A scanned document whose name differs from the request's only in accented letters read as other
/// accented letters did not read the name surely: it is unconfirmed, not a mismatch. The same name in a text layer,
/// or a scan showing a name with another plain letter, stays a mismatch.</summary>
public sealed class AccentedNameScanTests
{
    private static readonly (string First, string Last)[] Names =
        [("Hélène", "Côté-Gagnon"), ("Jérôme", "Bélanger"), ("Noël", "Lévesque"), ("Zoé", "Théberge")];

    private static readonly (char From, char To)[] Misreadings = [('ô', 'é'), ('é', 'è'), ('è', 'ô'), ('ë', 'é'), ('é', 'ê')];

    public static TheoryData<string, string, string> MisreadNames()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (first, last) in Names)
        {
            foreach (var (from, to) in Misreadings)
            {
                var full = first + " " + last;
                var at = full.IndexOf(from, StringComparison.Ordinal);
                if (at >= 0 && char.ToLowerInvariant(from) is var f && Text.TextFold.Fold(f.ToString()) != Text.TextFold.Fold(to.ToString()))
                {
                    data.Add(first, last, full[..at] + to + full[(at + 1)..]);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> OtherNames()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (first, last) in Names)
        {
            var full = first + " " + last;
            var accent = full.IndexOf(full.First(c => !char.IsAscii(c)), StringComparison.Ordinal);
            data.Add(first, last, full[..accent] + 'a' + full[(accent + 1)..]);
            data.Add(first, last, first + " " + last + "s");
            data.Add(first, last, first + " Tremblay");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MisreadNames))]
    public void A_scanned_name_with_accents_misread_is_unconfirmed(string first, string last, string shown)
    {
        var verdict = Build(first, last, shown, ocr: true);

        Assert.True(verdict.Accepted, string.Join(",", verdict.Reasons));
        Assert.Contains(verdict.Unconfirmed, f => f.DocumentKind == "csr" && f.Field == FieldFinding.NameField);
        Assert.True(Build(first, last, shown.ToUpperInvariant(), ocr: true).Accepted);
    }

    [Theory]
    [MemberData(nameof(MisreadNames))]
    public void The_same_name_in_a_text_layer_is_a_mismatch(string first, string last, string shown)
    {
        Assert.Equal([ReasonCode.CsrNameMismatch], Build(first, last, shown, ocr: false).Reasons);
    }

    [Theory]
    [MemberData(nameof(OtherNames))]
    public void A_scanned_name_with_another_letter_is_a_mismatch(string first, string last, string shown)
    {
        Assert.Equal([ReasonCode.CsrNameMismatch], Build(first, last, shown, ocr: true).Reasons);
    }

    private static Verdict Build(string first, string last, string shown, bool ocr)
    {
        var address = AddressParser.Parse("455, boul. René-Lévesque O., Montréal, QC H2Z 1Z2")!;
        var request = new RequestFields
        {
            AccountSid = "ac0123456789abcdef0123456789abcdef",
            AuthorizedUser = new PersonName(first, last),
            ServiceAddress = address,
            Numbers = [new RequestedNumber("+15145550142", NumberType.Geographic)],
        };
        ExtractedDocument Document(DocumentKind kind, string file, string name) => new(file, kind)
        {
            Names = [name],
            ServiceAddress = address,
            Addresses = [address],
            PhoneNumbers = ["+15145550142"],
            Signed = kind == DocumentKind.Loa ? true : null,
            StatementDate = kind == DocumentKind.Bill ? new DateOnly(2026, 11, 20) : null,
        };
        ExtractedDocument[] documents =
        [
            Document(DocumentKind.Loa, "loa.pdf", first + " " + last),
            Document(DocumentKind.Csr, "csr.jpg", shown) with { Ocr = ocr },
            Document(DocumentKind.Bill, "bill.pdf", first + " " + last),
        ];
        return new VerdictBuilder().Build("x.eml", new ReceivedMessage(), request, documents, new DateOnly(2026, 11, 28));
    }
}
