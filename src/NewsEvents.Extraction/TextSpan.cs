using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsEvents.Extraction;

/// <summary>A half-open range <c>[Start, End)</c> of character offsets into the cleaned text. Serialised as <c>[start, end]</c>.</summary>
[JsonConverter(typeof(TextSpanJsonConverter))]
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public string Of(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> SliceOf(string text) => text.AsSpan(Start, Length);
}

/// <summary>Writes a span as a two-element array, the shape the API contract promises.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A span is an array [start, end].");
        reader.Read();
        var start = reader.GetInt32();
        reader.Read();
        var end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("A span has exactly two numbers.");
        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}
