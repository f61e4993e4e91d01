// Not JavaScript: loading it must fail with a clear error.
export const handler = async (event) => {
  return { broken: true
};
