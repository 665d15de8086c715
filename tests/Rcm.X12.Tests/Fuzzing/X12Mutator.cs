namespace Rcm.X12.Tests.Fuzzing;

/// <summary>
/// A small, seeded byte mutator for X12 inputs: flips, inserts and deletes bytes, plants delimiters, control
/// characters and ISA fragments, duplicates and truncates ranges, splices two inputs. Same seed, same mutants.
/// </summary>
public sealed class X12Mutator(int seed)
{
    private static readonly byte[] Interesting = "*:^~|>\r\n\u001D\0 ISAIEAGSGESTSE0123456789"u8.ToArray();

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input, byte[] other)
    {
        var data = new List<byte>(input);
        int rounds = 1 + _random.Next(4);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : _random.Next(data.Count);
            switch (_random.Next(9))
            {
                case 0 when data.Count > 0:
                    data[at] = (byte)_random.Next(256);
                    break;
                case 1:
                    data.Insert(at, Interesting[_random.Next(Interesting.Length)]);
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(16)));
                    break;
                case 3 when data.Count > 0:
                    int length = Math.Min(data.Count - at, 1 + _random.Next(200));
                    data.InsertRange(_random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 4:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 5 when data.Count > 0:
                    data[at] = Interesting[_random.Next(Interesting.Length)];
                    break;
                case 6:
                    data.InsertRange(at, "ISA*00*"u8.ToArray());
                    break;
                case 7 when other.Length > 0:
                    int from = _random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + _random.Next(300))).ToArray());
                    break;
                case 8 when data.Count > 0:
                    data[at] = (byte)(data[at] ^ (1 << _random.Next(8)));
                    break;
            }
        }

        return [.. data];
    }
}
