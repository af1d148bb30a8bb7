using System.Text;
using Zk.Domain.Sample;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
// Colour only when a person reads a terminal (and NO_COLOR is not set).
var kleur = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
return Cli.Run(args, Console.Out, Console.Error, kleur);
