// A small integration on the types openapi-typescript makes from generated/openapi.yaml:
// a create, a list and an error, all checked by `tsc --strict` (tests/typescript).
import type { components, operations } from "./books-api";

type InvoiceCreate = components["schemas"]["InvoiceCreate"];
type Invoice = components["schemas"]["Invoice"];
type InvoiceList = components["schemas"]["InvoiceList"];
type ApiErrorBody = components["schemas"]["Error"];
type ListQuery = NonNullable<operations["invoices_list"]["parameters"]["query"]>;

const BASE_URL = "http://127.0.0.1:4010/api/v1";

class BooksError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(`${body.status} ${body.title}: ${body.detail}`);
  }
}

async function call<T>(method: string, path: string, key: string, body?: unknown): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { "X-API-Key": key, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new BooksError((await response.json()) as ApiErrorBody);
  }
  return (await response.json()) as T;
}

export async function createInvoice(key: string, clientId: number): Promise<Invoice> {
  const body: InvoiceCreate = {
    client_id: clientId,
    items: [{ description: "Support", amount: "80.00", quantity: "1" }],
  };
  return call<Invoice>("POST", "/invoices", key, body);
}

export async function unpaidInvoices(key: string): Promise<string[]> {
  const query: ListQuery = { per_page: 25, pay_status: "unpaid" };
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const page = await call<InvoiceList>("GET", `/invoices?${params}`, key);
  return page.data.map((invoice: Invoice) => `${invoice.number} ${invoice.total_with_tax}`);
}

export async function missingInvoice(key: string): Promise<number | undefined> {
  try {
    await call<Invoice>("GET", "/invoices/999999", key);
    return undefined;
  } catch (error) {
    if (error instanceof BooksError) {
      const id: number = error.body.error_id;
      const fields: string[] = error.body.fields.map((field) => field.name);
      return fields.length >= 0 ? id : undefined;
    }
    throw error;
  }
}
