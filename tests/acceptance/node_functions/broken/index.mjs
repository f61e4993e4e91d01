export const handler = async () => "never loaded";
