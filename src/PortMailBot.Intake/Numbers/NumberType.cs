namespace PortMailBot.Intake.Numbers;

public enum NumberType
{
    /// <summary>A Canadian landline or mobile number: portable by this process.</summary>
    Geographic,
    TollFree,
    NonCanadian,
    Invalid,
}
