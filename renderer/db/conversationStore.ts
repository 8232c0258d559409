/**
 * The app's one live copy of the conversations: the conversation index over the app database,
 * read at start-up in a Web Worker (the direct Dexie read is the fallback).
 */
import { db } from './db';
import { ConversationIndex } from './conversationIndex';
import { loadRowsInWorker } from './loadRowsInWorker';

export const conversationStore = new ConversationIndex(db, () => loadRowsInWorker(db.name, db.verno));
