namespace PortMailBot.Intake.Requests;

/// <summary>What a label in the message announces.</summary>
internal enum FieldKind
{
    Other,
    AccountSid,
    Numbers,
    AuthorizedUser,
    ServiceAddress,

    /// <summary>A bare "Address:" label: taken for the service address only when nothing better is stated.</summary>
    Address,
}

/// <summary>A "Label: value" the sender wrote; <see cref="Value"/> joins the value's lines with <c>\n</c>.
/// <see cref="InSignature"/>: written under a closing ("Thanks,"), as a signature's contact details are.</summary>
internal sealed record LabelledField(FieldKind Kind, string Label, string Value, int LineIndex, bool InSignature = false);
