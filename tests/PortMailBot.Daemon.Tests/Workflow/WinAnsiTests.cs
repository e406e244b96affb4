using System.Text;
using PortMailBot.Daemon.Workflow;

namespace PortMailBot.Daemon.Tests.Workflow;

public sealed class WinAnsiTests
{
    [Theory]
    [InlineData("Hélène Côté-Lœuf", "Hélène Côté-Lœuf")]
    [InlineData("l’autorisation « signée » – 5 €", "l’autorisation « signée » – 5 €")]
    [InlineData("Dvořák", "Dvorák")]
    [InlineData("He\u0301le\u0300ne", "Hélène")]
    [InlineData("12\u202F345\u00A0$", "12 345\u00A0$")]
    [InlineData("名前", "??")]
    [InlineData("a\tb\u0085c", "a b c")]
    public void Text_is_encoded_as_the_standard_fonts_print_it(string text, string printed)
    {
        var bytes = WinAnsi.Encode(text);

        Assert.Equal(printed, CodePage1252(bytes));
    }

    [Fact]
    public void Every_character_of_the_code_page_is_encoded_as_its_own_byte()
    {
        for (var b = 0x20; b <= 0xFF; b++)
        {
            if (b is 0x7F or 0x81 or 0x8D or 0x8F or 0x90 or 0x9D)
            {
                continue;
            }

            var text = CodePage1252([(byte)b]);
            Assert.Equal([(byte)b], WinAnsi.Encode(text));
        }
    }

    private static string CodePage1252(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetString(bytes);
    }
}
