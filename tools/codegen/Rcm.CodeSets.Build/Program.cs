using Rcm.CodeSets.Build;

// Builds the code sets shipped in src/Rcm.Codes/Data from the reference files (../shared/reference).
// The product never reads those files at run time; this tool is run by hand when the collection changes.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Rcm.CodeSets.Build REFERENCE_DIR OUTPUT_DIR");
    return 2;
}
return ShippedSetBuilder.Run(args[0], args[1]);
