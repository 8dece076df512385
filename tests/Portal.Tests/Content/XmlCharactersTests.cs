using Portal.Web.Content;

namespace Portal.Tests.Content;

public sealed class XmlCharactersTests
{
    [Theory]
    [InlineData("ok\n\u0001", "U+0001", 2, 1)]
    [InlineData("a\u000Bb", "U+000B", 1, 2)]
    [InlineData("\u001F", "U+001F", 1, 1)]
    [InlineData("ab\n\ncd\uFFFE", "U+FFFE", 3, 3)]
    [InlineData("\uFFFF", "U+FFFF", 1, 1)]
    [InlineData("a\0", "U+0000", 1, 2)]
    public void A_character_xml_cannot_carry_is_found_with_its_line_and_column(string text, string code, int line, int column)
    {
        Assert.Equal(new ForbiddenCharacter(code, line, column), XmlCharacters.FindForbidden(text));
    }

    [Fact]
    public void A_lone_surrogate_is_found()
    {
        // Built here rather than as theory data, which xunit would carry as UTF-8 and so turn into U+FFFD.
        Assert.Equal(new ForbiddenCharacter("U+D800", 1, 6), XmlCharacters.FindForbidden("lone " + '\uD800' + " high"));
        Assert.Equal(new ForbiddenCharacter("U+DC00", 2, 1), XmlCharacters.FindForbidden("🇪🇺\n" + '\uDC00' + " low"));
    }

    [Fact]
    public void Tabs_line_breaks_letters_and_emoji_are_published_as_they_are()
    {
        const string text = "Tab\there,\r\nМінск, Страсбург ✓ 🇪🇺 \uFEFF";

        Assert.Null(XmlCharacters.FindForbidden(text));
        Assert.Same(text, XmlCharacters.WithoutForbidden(text));
    }

    [Fact]
    public void Writing_xml_drops_only_the_characters_it_cannot_carry()
    {
        Assert.Equal("Title 🇪🇺 after", XmlCharacters.WithoutForbidden("Ti\u0008tle \uD800🇪🇺 af\uFFFEter\0"));
    }
}
