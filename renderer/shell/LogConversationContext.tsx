import { createContext, useContext } from 'react';

export interface LogConversationRequest {
  /** Pre-fill the client. */
  clientId?: string;
  /** Edit an existing conversation instead of logging a new one. */
  conversationId?: string;
}

export interface LogConversationApi {
  open: (request?: LogConversationRequest) => void;
}

export const LogConversationContext = createContext<LogConversationApi>({ open: () => undefined });

/** Opens the "Log conversation" dialog from anywhere: `useLogConversation().open({ clientId })`. */
export function useLogConversation(): LogConversationApi {
  return useContext(LogConversationContext);
}
