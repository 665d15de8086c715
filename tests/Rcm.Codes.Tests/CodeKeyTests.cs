namespace Rcm.Codes.Tests;

public class CodeKeyTests
{
    [Theory]
    [InlineData("F84.0", "F840")]
    [InlineData("f840", "F840")]
    [InlineData("S72.001A", "S72001A")]
    [InlineData("99213", "99213")]
    [InlineData("207Q00000X", "207Q00000X")]
    [InlineData("A1", "A1")]
    public void Packs_and_unpacks_codes_without_dots(string input, string expected)
    {
        Assert.True(CodeKey.TryPack(input, out ulong key));
        Assert.Equal(expected, CodeKey.Unpack(key));
        Assert.Equal(expected.Length, CodeKey.Length(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("F84-0")]
    [InlineData("12345678901")]
    [InlineData("é1")]
    [InlineData(" 99213")]
    public void Rejects_codes_that_cannot_be_packed(string input) => Assert.False(CodeKey.TryPack(input, out _));

    [Fact]
    public void Byte_and_char_packing_agree()
    {
        Assert.True(CodeKey.TryPack("J45.909"u8, out ulong fromBytes));
        Assert.Equal(CodeKey.Pack("J45.909"), fromBytes);
    }

    [Fact]
    public void Key_order_is_code_order_with_prefixes_first()
    {
        string[] codes = ["A00", "A000", "A001", "A01", "B", "Z99", "0001A", "99213"];
        ulong[] keys = codes.Select(CodeKey.Pack).ToArray();
        string[] byKey = codes.OrderBy(c => CodeKey.Pack(c)).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal).ToArray(), byKey);
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Pairs_pack_two_five_character_codes_and_split_back()
    {
        Assert.True(CodeKey.TryPackPair(CodeKey.Pack("99214"), CodeKey.Pack("99213"), out ulong pair));
        (ulong a, ulong b) = CodeKey.SplitPair(pair);
        Assert.Equal("99214", CodeKey.Unpack(a));
        Assert.Equal("99213", CodeKey.Unpack(b));
        Assert.False(CodeKey.TryPackPair(CodeKey.Pack("S72001A"), CodeKey.Pack("99213"), out _));
    }
}
