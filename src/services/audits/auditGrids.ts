import { randomBytes } from 'node:crypto';
import { NotFoundError } from '../../errors/errors.js';
import * as grids from '../../store/audits/auditGrids.js';
import type { Session } from '../../store/Store.js';
import { type AuditGridDefinition, parseAuditGrid } from './auditGrid.js';

/** A grid as the API and the pages show it. */
export interface AuditGrid {
  id: string;
  name: string;
  definition: AuditGridDefinition;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
}

/** A stored grid with its definition typed: the store holds only definitions parseAuditGrid accepted. */
function typed(grid: grids.StoredAuditGrid): AuditGrid {
  return { ...grid, definition: grid.definition as AuditGridDefinition };
}

/** The checked definition of `value`, or its refusal thrown (a UsageError naming the field). */
function checked(value: unknown): AuditGridDefinition {
  const grid = parseAuditGrid(value);
  if (grid instanceof Error) throw grid;
  return grid;
}

/** The refusal of a grid id the workspace does not have. */
export function unknownGrid(id: string): NotFoundError {
  return new NotFoundError({
    en: `There is no audit grid ${JSON.stringify(id)} in this workspace.`,
    fr: `Il n'y a pas de grille d'audit ${JSON.stringify(id)} dans cet espace de travail.`,
  });
}

/** Checks `value` as a grid and stores it under a new random URL-safe id, which it returns. */
export async function createAuditGrid(session: Session, workspaceId: number, value: unknown, now = new Date()): Promise<string> {
  const definition = checked(value);
  const id = randomBytes(9).toString('base64url');
  await grids.insertAuditGrid(session, workspaceId, { id, name: definition.name, definition }, now);
  return id;
}

/** The workspace's grids, archived ones included (with their date), oldest first. */
export async function listAuditGrids(session: Session, workspaceId: number): Promise<AuditGrid[]> {
  return (await grids.listAuditGrids(session, workspaceId)).map(typed);
}

/** The workspace's grid `id`; a NotFoundError when it has none. */
export async function getAuditGrid(session: Session, workspaceId: number, id: string): Promise<AuditGrid> {
  const grid = await grids.findAuditGrid(session, workspaceId, id);
  if (grid === null) throw unknownGrid(id);
  return typed(grid);
}

/**
 * Replaces grid `id`'s definition with `value`, checked. Visits already recorded keep the
 * maxima and weights they were scored with (each `audits` row carries its own).
 */
export async function updateAuditGrid(session: Session, workspaceId: number, id: string, value: unknown, now = new Date()): Promise<void> {
  const definition = checked(value);
  if (!(await grids.updateAuditGrid(session, workspaceId, { id, name: definition.name, definition }, now))) throw unknownGrid(id);
}

/** Archives grid `id`: it takes no more visits, and its recorded visits stay in the reports. */
export async function archiveAuditGrid(session: Session, workspaceId: number, id: string, now = new Date()): Promise<void> {
  if (!(await grids.archiveAuditGrid(session, workspaceId, id, now))) throw unknownGrid(id);
}
