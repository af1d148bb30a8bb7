using System.Text;
using Zk.Domain.Sample;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return Cli.Run(args, Console.Out, Console.Error);
